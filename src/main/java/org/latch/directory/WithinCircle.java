package org.latch.directory;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.sandbox.search.LatLonPointPrototypeQueries;
import org.apache.lucene.util.SloppyMath;

/**
 * The documents whose point lies within a circle, as Lucene's
 * {@code LatLonPoint.newDistanceQuery} finds them, without the 64 × 64 grid of cell
 * relations that query works out before every search (a third of a search's time at 100k
 * groups): the circle's bounding box walks the point tree, and each document inside the
 * box is tested against the circle with the same haversine test, on the point's doc value
 * (the field must be sortable). Only for the Lucene backend ({@link GroupSearch}).
 */
final class WithinCircle extends Query {

	private final String field;

	private final double latitude;

	private final double longitude;

	private final double meters;

	private WithinCircle(String field, double latitude, double longitude, double meters) {
		this.field = field;
		this.latitude = latitude;
		this.longitude = longitude;
		this.meters = meters;
	}

	/** The circle's bounding box, then the circle itself. */
	static Query of(String field, double latitude, double longitude, double meters) {
		GeoUtils.checkLatitude(latitude);
		GeoUtils.checkLongitude(longitude);
		Rectangle box = Rectangle.fromPointDistance(latitude, longitude, meters);
		return new BooleanQuery.Builder()
			.add(LatLonPoint.newBoxQuery(field, box.minLat, box.maxLat, box.minLon, box.maxLon), Occur.FILTER)
			.add(new WithinCircle(field, latitude, longitude, meters), Occur.FILTER)
			.build();
	}

	/**
	 * About how many documents have a point in the circle's bounding box, from the point
	 * tree alone (whole leaves of up to 512 points, so coarse for small boxes).
	 */
	static long inBox(IndexSearcher searcher, String field, double latitude, double longitude, double meters)
			throws IOException {
		Rectangle box = Rectangle.fromPointDistance(latitude, longitude, meters);
		Weight weight = searcher.createWeight(
				searcher.rewrite(LatLonPoint.newBoxQuery(field, box.minLat, box.maxLat, box.minLon, box.maxLon)),
				ScoreMode.COMPLETE_NO_SCORES, 1);
		long documents = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			ScorerSupplier points = weight.scorerSupplier(leaf);
			if (points != null) {
				documents += points.cost();
			}
		}
		return documents;
	}

	/**
	 * How far, in metres, the {@code count}th nearest point lies, found on the point tree
	 * alone (Lucene's {@code LatLonPointPrototypeQueries.nearest}); infinite when there
	 * are fewer points.
	 */
	static double nearestMeters(IndexSearcher searcher, String field, double latitude, double longitude, int count)
			throws IOException {
		TopFieldDocs nearest = LatLonPointPrototypeQueries.nearest(searcher, field, latitude, longitude, count);
		if (nearest.scoreDocs.length < count) {
			return Double.POSITIVE_INFINITY;
		}
		return (Double) ((FieldDoc) nearest.scoreDocs[count - 1]).fields[0];
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		double farthest = GeoUtils.distanceQuerySortKey(this.meters);
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				SortedNumericDocValues points = DocValues.getSortedNumeric(context.reader(), WithinCircle.this.field);
				DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
				TwoPhaseIterator inside = new TwoPhaseIterator(all) {

					@Override
					public boolean matches() throws IOException {
						if (!points.advanceExact(all.docID())) {
							return false;
						}
						for (int i = 0; i < points.docValueCount(); i++) {
							long encoded = points.nextValue();
							double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
							double lon = GeoEncodingUtils.decodeLongitude((int) encoded);
							if (SloppyMath.haversinSortKey(lat, lon, WithinCircle.this.latitude,
									WithinCircle.this.longitude) <= farthest) {
								return true;
							}
						}
						return false;
					}

					@Override
					public float matchCost() {
						return 40;
					}

				};
				return new ConstantScoreScorer(this, score(), scoreMode, inside);
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return DocValues.isCacheable(context, WithinCircle.this.field);
			}

		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(this.field)) {
			visitor.visitLeaf(this);
		}
	}

	@Override
	public String toString(String defaultField) {
		return this.field + ":within(" + this.latitude + "," + this.longitude + "," + this.meters + "m)";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && other instanceof WithinCircle circle && this.field.equals(circle.field)
				&& this.latitude == circle.latitude && this.longitude == circle.longitude
				&& this.meters == circle.meters;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.field, this.latitude, this.longitude, this.meters);
	}

}
