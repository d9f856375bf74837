// Passkeys: sign in with one on /sign-in, add one on /account. Without JavaScript or WebAuthn
// these controls stay hidden and password or emailed-link sign-in is used instead.
"use strict";
(() => {
  const b64 = {
    encode(buffer) {
      return btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      return Uint8Array.from(bin, (c) => c.charCodeAt(0)).buffer;
    },
  };

  async function post(url, element, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        [element.dataset.csrfHeader]: element.dataset.csrfToken,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.status === 204 ? null : response.json();
  }

  async function signIn(button, status) {
    const options = await post("/webauthn/authenticate/options", button);
    const credential = await navigator.credentials.get({
      publicKey: {
        ...options,
        challenge: b64.decode(options.challenge),
        allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
      },
    });
    const r = credential.response;
    const result = await post("/login/webauthn", button, {
      id: credential.id,
      rawId: b64.encode(credential.rawId),
      response: {
        authenticatorData: b64.encode(r.authenticatorData),
        clientDataJSON: b64.encode(r.clientDataJSON),
        signature: b64.encode(r.signature),
        userHandle: r.userHandle ? b64.encode(r.userHandle) : undefined,
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    });
    if (!result || !result.authenticated) {
      throw new Error("not authenticated");
    }
    window.location.assign(result.redirectUrl && result.redirectUrl !== "/" ? result.redirectUrl : "/account");
  }

  async function register(form, label) {
    const options = await post("/webauthn/register/options", form);
    const credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        user: { ...options.user, id: b64.decode(options.user.id) },
        challenge: b64.decode(options.challenge),
        excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
      },
    });
    const r = credential.response;
    const result = await post("/webauthn/register", form, {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: b64.encode(credential.rawId),
          response: {
            attestationObject: b64.encode(r.attestationObject),
            clientDataJSON: b64.encode(r.clientDataJSON),
            transports: r.getTransports ? r.getTransports() : [],
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
        label,
      },
    });
    if (!result || !result.success) {
      throw new Error("not registered");
    }
    window.location.reload();
  }

  function wire(element, statusId, action) {
    if (!element || !window.PublicKeyCredential) {
      return;
    }
    element.hidden = false;
    const status = document.getElementById(statusId);
    const run = (event) => {
      event.preventDefault();
      status.textContent = "";
      action().catch(() => {
        status.textContent = element.dataset.error;
      });
    };
    element.addEventListener(element.tagName === "FORM" ? "submit" : "click", run);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const button = document.getElementById("passkey-sign-in");
    wire(button, "passkey-status", () => signIn(button));
    const form = document.getElementById("passkey-register");
    wire(form, "passkey-register-status", () => register(form, form.elements.label.value.trim()));
  });
})();
