package dev.stancekit.spark;

import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The executor side of the job: turns article rows into result rows, one per article, each with
 * the article's status and its quotes, by calling the core's per-article analysis on the ok ones. The analyzer
 * is built once per executor JVM (see {@link AnalyzerCache}). Inputs that were not read pass
 * through with their reason; an article whose analysis fails becomes an error row with the reason
 * and the partition goes on. Texts are not kept.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** {@code seq, id, path, title, date, source, url, hash, words, status, message, quotes}. */
    static final StructType SCHEMA = new StructType()
            .add("seq", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("path", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("hash", DataTypes.StringType, true)
            .add("words", DataTypes.IntegerType, false)
            .add("status", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("quotes", DataTypes.createArrayType(QuoteRows.SCHEMA, false), false);

    private final AnalyzerFactory factory;

    AnalyzePartition(AnalyzerFactory factory) {
        this.factory = factory;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        if (!rows.hasNext()) {
            return rows;
        }
        ArticleAnalyzer analyzer = AnalyzerCache.get(factory); // a failure here fails the task
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return analyse(analyzer, rows.next());
            }
        };
    }

    private static Row analyse(ArticleAnalyzer analyzer, Row in) {
        long seq = in.<Long>getAs("seq");
        if (!"ok".equals(in.getAs("status"))) {
            return row(seq, in.getAs("id"), in.getAs("path"), null, null, null, null, null, 0,
                    in.getAs("status"), in.getAs("message"), new Row[0]);
        }
        Article a = ArticleRows.toArticle(in);
        List<Quote> quotes;
        try {
            quotes = analyzer.analyze(a);
        } catch (RuntimeException | StackOverflowError e) {
            String why = "analysis failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return result(seq, a, "error", why, new Row[0]);
        }
        return result(seq, a, "ok", in.getAs("message"), quotes.stream().map(QuoteRows::toRow).toArray(Row[]::new));
    }

    private static Row result(long seq, Article a, String status, String message, Row[] quotes) {
        return row(seq, a.id(), a.path(), a.title(), a.date() == null ? null : a.date().toString(),
                a.source(), a.url(), a.hash(), a.words(), status, message, quotes);
    }

    private static Row row(Object... values) {
        return new GenericRowWithSchema(values, SCHEMA);
    }
}
