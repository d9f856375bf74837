package org.latch.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
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

	/** The earth's mean radius, as Lucene's haversine takes it. */
	private static final double EARTH_METERS = 6_371_008.7714;

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
	 * The {@code count} live documents nearest the point within {@code meters}, nearest
	 * first, each with the value of its {@code idField} (a sorted-set doc value, as
	 * Hibernate Search writes strings) and its distance; fewer when fewer lie within.
	 * Walks the cells of the point trees of all {@code fields} together, nearest first
	 * (as Lucene's {@code LatLonPointPrototypeQueries.nearest} does for one), but never
	 * into a cell wholly beyond the distance, so a reader whose live documents are a
	 * filter's matches ({@link NearestFilter}) costs at most what the circle holds. A
	 * document in several of the fields must have the same point in each, and is found
	 * once.
	 */
	static List<Nearby> nearest(IndexSearcher searcher, List<String> fields, String idField, double latitude,
			double longitude, double meters, int count) throws IOException {
		PriorityQueue<Cell> cells = new PriorityQueue<>(Comparator.comparingDouble(Cell::meters));
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		for (int i = 0; i < leaves.size(); i++) {
			for (String field : fields) {
				PointValues points = leaves.get(i).reader().getPointValues(field);
				if (points != null) {
					PointValues.PointTree tree = points.getPointTree();
					double least = leastMeters(tree, latitude, longitude);
					if (least <= meters) {
						cells.add(new Cell(tree, i, least));
					}
				}
			}
		}
		// Documents ever among the best (segment in the high half): one found again in
		// another field has the same key, so could not be better than when it was first.
		Set<Long> seen = (fields.size() > 1) ? new HashSet<>() : null;
		double farthest = GeoUtils.distanceQuerySortKey(meters);
		// The best so far, farthest on top.
		PriorityQueue<Hit> best = new PriorityQueue<>(Comparator.comparingDouble(Hit::key).reversed());
		while (!cells.isEmpty()) {
			Cell cell = cells.poll();
			if (best.size() == count && cell.meters() > best.peek().meters()) {
				break;
			}
			PointValues.PointTree tree = cell.tree();
			if (tree.moveToChild()) {
				do {
					double least = leastMeters(tree, latitude, longitude);
					if (least <= meters && (best.size() < count || least <= best.peek().meters())) {
						cells.add(new Cell(tree.clone(), cell.leaf(), least));
					}
				}
				while (tree.moveToSibling());
			}
			else {
				Bits live = leaves.get(cell.leaf()).reader().getLiveDocs();
				tree.visitDocValues(new PointValues.IntersectVisitor() {

					@Override
					public void visit(int doc) {
						throw new IllegalStateException("points are visited with their values");
					}

					@Override
					public void visit(int doc, byte[] packed) {
						if (live != null && !live.get(doc)) {
							return;
						}
						// Compared by haversine sort key, as the circle query is (no arc
						// sine).
						double key = SloppyMath.haversinSortKey(latitude, longitude,
								GeoEncodingUtils.decodeLatitude(packed, 0),
								GeoEncodingUtils.decodeLongitude(packed, Integer.BYTES));
						if (key <= farthest && (best.size() < count || key < best.peek().key())
								&& (seen == null || seen.add(((long) cell.leaf() << 32) | doc))) {
							best.add(new Hit(cell.leaf(), doc, key));
							if (best.size() > count) {
								best.poll();
							}
						}
					}

					@Override
					public PointValues.Relation compare(byte[] min, byte[] max) {
						return PointValues.Relation.CELL_CROSSES_QUERY;
					}

				});
			}
		}
		return found(leaves, best, idField);
	}

	/**
	 * The same as {@link #nearest}, found by reading the point of each live document
	 * matching {@code matching} from the sortable {@code pointField}'s doc values instead
	 * of walking a tree: costs what the matches are, so it serves a query whose matches
	 * are few and near ({@link WordCells}). Matches without an {@code idField} value are
	 * skipped.
	 */
	static List<Nearby> nearestAmong(IndexSearcher searcher, Query matching, String pointField, String idField,
			double latitude, double longitude, double meters, int count) throws IOException {
		double farthest = GeoUtils.distanceQuerySortKey(meters);
		PriorityQueue<Hit> best = new PriorityQueue<>(Comparator.comparingDouble(Hit::key).reversed());
		Weight weight = searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		for (int i = 0; i < leaves.size(); i++) {
			Scorer scorer = weight.scorer(leaves.get(i));
			if (scorer == null) {
				continue;
			}
			LeafReader leaf = leaves.get(i).reader();
			Bits live = leaf.getLiveDocs();
			SortedNumericDocValues points = DocValues.getSortedNumeric(leaf, pointField);
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if ((live != null && !live.get(doc)) || !points.advanceExact(doc)) {
					continue;
				}
				long encoded = points.nextValue();
				double key = SloppyMath.haversinSortKey(latitude, longitude,
						GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32)),
						GeoEncodingUtils.decodeLongitude((int) encoded));
				if (key <= farthest && (best.size() < count || key < best.peek().key())) {
					best.add(new Hit(i, doc, key));
					if (best.size() > count) {
						best.poll();
					}
				}
			}
		}
		return found(leaves, best, idField);
	}

	/** The hits, nearest first (then in index order), with their ids. */
	private static List<Nearby> found(List<LeafReaderContext> leaves, Collection<Hit> best, String idField)
			throws IOException {
		List<Hit> hits = new ArrayList<>(best);
		hits.sort(Comparator.comparingDouble(Hit::meters)
			.thenComparingInt(hit -> leaves.get(hit.leaf()).docBase + hit.doc()));
		List<Nearby> found = new ArrayList<>(hits.size());
		for (Hit hit : hits) {
			SortedSetDocValues ids = DocValues.getSortedSet(leaves.get(hit.leaf()).reader(), idField);
			if (ids.advanceExact(hit.doc())) {
				found.add(new Nearby(ids.lookupOrd(ids.nextOrd()).utf8ToString(), hit.meters()));
			}
		}
		return found;
	}

	/**
	 * A lower bound of the distance from the point to any point of the tree's current
	 * cell: the larger of the distance to its band of latitudes and the distance to the
	 * great circle of its nearer meridian (no point of the cell is nearer than either).
	 */
	static double leastMeters(PointValues.PointTree tree, double latitude, double longitude) {
		byte[] min = tree.getMinPackedValue();
		byte[] max = tree.getMaxPackedValue();
		double minLat = GeoEncodingUtils.decodeLatitude(min, 0);
		double maxLat = GeoEncodingUtils.decodeLatitude(max, 0);
		double minLon = GeoEncodingUtils.decodeLongitude(min, Integer.BYTES);
		double maxLon = GeoEncodingUtils.decodeLongitude(max, Integer.BYTES);
		double band = (latitude < minLat) ? minLat - latitude : (latitude > maxLat) ? latitude - maxLat : 0;
		double meridian = 0;
		if (longitude < minLon || longitude > maxLon) {
			double apart = Math.min(degreesApart(longitude, minLon), degreesApart(longitude, maxLon));
			meridian = EARTH_METERS
					* Math.asin(Math.cos(Math.toRadians(latitude)) * Math.sin(Math.toRadians(Math.min(apart, 90))));
		}
		return Math.max(EARTH_METERS * Math.toRadians(band), meridian);
	}

	/** Degrees of longitude between two meridians, the shorter way round. */
	private static double degreesApart(double a, double b) {
		double apart = Math.abs(a - b) % 360;
		return (apart > 180) ? 360 - apart : apart;
	}

	private record Cell(PointValues.PointTree tree, int leaf, double meters) {
	}

	/** A point found: its segment, its document there and its haversine sort key. */
	private record Hit(int leaf, int doc, double key) {

		double meters() {
			return SloppyMath.haversinMeters(this.key);
		}

	}

	/** A document near a point: its id and how far away it is, in metres. */
	record Nearby(String id, double meters) {
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
