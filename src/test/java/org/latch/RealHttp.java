package org.latch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Plain HTTP against the test server, for behaviour MockMvc does not reproduce (error
 * dispatch).
 */
public final class RealHttp {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private RealHttp() {
	}

	public static HttpResponse<String> get(int port, String path, String... headers) {
		return send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), headers);
	}

	public static HttpResponse<String> postForm(int port, String path, String body, String... headers) {
		return send(port,
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)),
				headers);
	}

	private static HttpResponse<String> send(int port, HttpRequest.Builder request, String... headers) {
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException failure) {
			throw new AssertionError("Test server at port " + port + " did not answer", failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new AssertionError(interrupted);
		}
	}

}
