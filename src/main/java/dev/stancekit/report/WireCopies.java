package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Wire copies: the same story republished by several outlets with a word or a paragraph changed.
 * Each article gets a MinHash signature of its word shingles while its text is at hand; articles
 * whose signatures agree on at least {@code copy_min_similarity} of their slots (an estimate of
 * the Jaccard similarity of their shingle sets) fall into one cluster, found through
 * locality-sensitive hashing (bands of the signature) so that 10,000 articles are not compared
 * pair by pair. The earliest article of a cluster (then the smallest id) is its canonical copy;
 * the reports count its quotes once, with the number of outlets that carried the story.
 */
public final class WireCopies {

    /** Slots per signature. */
    public static final int SLOTS = 64;
    private static final int BANDS = 16;
    private static final int ROWS = SLOTS / BANDS;
    private static final int MAX_PEERS = 64;

    /** No copies known. */
    static final WireCopies NONE = new WireCopies(Map.of(), Map.of(), Map.of());

    /** One article of a cluster. */
    record Member(String id, String outlet, double similarity) {
    }

    private final Map<String, String> canonicalOf;       // every clustered article -> canonical id
    private final Map<String, List<Member>> clusters;     // canonical id -> members, canonical first
    private final Map<String, Integer> outlets;           // canonical id -> distinct outlets

    private WireCopies(Map<String, String> canonicalOf, Map<String, List<Member>> clusters,
                       Map<String, Integer> outlets) {
        this.canonicalOf = Map.copyOf(canonicalOf);
        this.clusters = clusters;
        this.outlets = Map.copyOf(outlets);
    }

    /** The MinHash signature of a text's lower-cased word {@code shingleWords}-grams. */
    public static long[] signature(String text, int shingleWords) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> ws = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                ws.add(w);
            }
        }
        long[] sig = new long[SLOTS];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int k = Math.min(shingleWords, Math.max(1, ws.size()));
        for (int i = 0; i + k <= ws.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + k; j++) {
                h = 31 * h + ws.get(j).hashCode();
                h = mix(h);
            }
            for (int s = 0; s < SLOTS; s++) {
                long v = mix(h ^ (0x9E3779B97F4A7C15L * (s + 1)));
                if (v < sig[s]) {
                    sig[s] = v;
                }
            }
        }
        return sig;
    }

    /** SplitMix64 finaliser: a well-spread 64-bit hash of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Words per shingle set in the resources' {@code report-settings.csv}. */
    public static int shingleWords(dev.stancekit.resources.Resources res) {
        return ReportSettings.load(res).copyShingleWords();
    }

    /** A signature as text (Base64), for storing it with the archive. */
    public static String encode(long[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * 8);
        for (long v : sig) {
            b.putLong(v);
        }
        return Base64.getEncoder().encodeToString(b.array());
    }

    /** The signature stored by {@link #encode}, or null when the text is not one. */
    public static long[] decode(String s) {
        try {
            byte[] bytes = Base64.getDecoder().decode(s);
            if (bytes.length != SLOTS * 8) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            long[] sig = new long[SLOTS];
            for (int i = 0; i < SLOTS; i++) {
                sig[i] = b.getLong();
            }
            return sig;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The share of slots on which two signatures agree. */
    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SLOTS; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same / (double) SLOTS;
    }

    /** Clusters the articles that have a signature. */
    static WireCopies of(Map<String, long[]> signatures, Map<String, Article> articles, double minSimilarity) {
        List<String> ids = new ArrayList<>(new java.util.TreeSet<>(signatures.keySet()));
        ids.retainAll(articles.keySet());
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            pos.put(ids.get(i), i);
        }
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int band = 0; band < BANDS; band++) {
            Map<List<Long>, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                long[] sig = signatures.get(ids.get(i));
                List<Long> key = new ArrayList<>(ROWS);
                for (int r = 0; r < ROWS; r++) {
                    key.add(sig[band * ROWS + r]);
                }
                buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 1; x < bucket.size(); x++) {
                    // a bucket of many colliding articles: each is compared with at most MAX_PEERS before it
                    for (int y = Math.max(0, x - MAX_PEERS); y < x; y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (find(parent, i) != find(parent, j) && similarity(signatures.get(ids.get(i)),
                                signatures.get(ids.get(j))) >= minSimilarity) {
                            parent[find(parent, i)] = find(parent, j);
                        }
                    }
                }
            }
        }
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(ids.get(i));
        }
        Comparator<String> earliest = Comparator.comparing((String id) -> articles.get(id).date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder());
        Map<String, String> canonicalOf = new HashMap<>();
        Map<String, List<Member>> clusters = new LinkedHashMap<>();
        Map<String, Integer> outlets = new HashMap<>();
        for (List<String> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            g.sort(earliest);
            String canon = g.get(0);
            List<Member> members = new ArrayList<>();
            Set<String> outs = new HashSet<>();
            for (String id : g) {
                canonicalOf.put(id, canon);
                members.add(new Member(id, Volume.outlet(articles.get(id)),
                        similarity(signatures.get(canon), signatures.get(id))));
                outs.add(Volume.outlet(articles.get(id)));
            }
            clusters.put(canon, List.copyOf(members));
            outlets.put(canon, outs.size());
        }
        return new WireCopies(canonicalOf, clusters, outlets);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The clusters by canonical id, each listing the canonical article first. */
    Map<String, List<Member>> clusters() {
        return clusters;
    }

    /** The canonical article of an article's cluster (the article itself when it has no copies). */
    String canonical(String id) {
        return canonicalOf.getOrDefault(id, id);
    }

    boolean isCopy(String id) {
        return !canonical(id).equals(id);
    }

    /** The quotes of canonical articles and of articles without copies: each wire quote once. */
    List<Quote> dedupe(List<Quote> quotes) {
        return canonicalOf.isEmpty() ? quotes : quotes.stream().filter(q -> !isCopy(q.article())).toList();
    }

    /** Per canonical article, how many copies of it were found. */
    Map<String, Integer> copyCounts() {
        Map<String, Integer> out = new HashMap<>();
        clusters.forEach((k, v) -> out.put(k, v.size() - 1));
        return out;
    }

    /** Per canonical article, how many distinct outlets carried the story. */
    Map<String, Integer> outletCounts() {
        return outlets;
    }
}
