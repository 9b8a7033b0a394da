package dev.stancekit.quotes;

/**
 * Where a noun object reported by a verb of saying ends before the writer's own comment on it: a
 * relative clause or an apposition after a comma. Stateless.
 */
final class ObjectComments {

    private ObjectComments() {
    }

    /** Whether tokens from..to-1 are all proper nouns (a name). */
    static boolean onlyNames(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!d.tok[k].pos().startsWith("NNP")) {
                return false;
            }
        }
        return to > from;
    }

    /** Whether a comma and "to" with a verb follow token {@code from} before {@code ce} (", to use …"). */
    private static boolean requestAfter(Doc d, int from, int ce) {
        for (int k = from; k + 2 < ce; k++) {
            if (",".equals(d.word(k)) && "TO".equals(d.tok[k + 1].pos()) && "VB".equals(d.tok[k + 2].pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a noun object before the writer's comment on it: a comma and a relative clause
     * ("…, which would apply to …", "…, of which it is the largest emitter") or an apposition
     * ("acknowledged the challenge posed by DeepSeek, a low-cost assistant that …"), unless an
     * infinitive of the request follows it ("called on China, a partner of Iran, to use …");
     * {@code ce} otherwise.
     */
    static int end(Doc d, int cs, int ce) {
        for (int k = cs + 1; k + 2 < ce; k++) {
            if (!",".equals(d.word(k)) || d.quoteOf[k] >= 0) {
                continue;
            }
            String next = d.tok[k + 1].pos();
            boolean relative = "WDT".equals(next) || "WP".equals(next)
                    || "IN".equals(next) && "WDT".equals(d.tok[k + 2].pos());
            boolean apposition = ("a".equalsIgnoreCase(d.word(k + 1)) || "an".equalsIgnoreCase(d.word(k + 1)))
                    && !requestAfter(d, k + 1, ce);
            if (relative || apposition) {
                return k;
            }
        }
        return ce;
    }
}
