package dev.stancekit.spark;

import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteColumns;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A {@link Quote} as a Spark row, through the one codec {@link QuoteColumns}: its columns in order,
 * dates as ISO text, lists as arrays, the tone as a number and the registry flag as a boolean, so
 * that a row gives back the same quote.
 */
final class QuoteRows {

    /** The columns of {@code quotes.csv}, in order. */
    static final List<String> CSV_COLUMNS = QuoteColumns.NAMES;

    static final StructType SCHEMA = schema();

    private QuoteRows() {
    }

    private static StructType schema() {
        StructType t = new StructType();
        for (QuoteColumns.Column c : QuoteColumns.COLUMNS) {
            t = t.add(c.name(), type(c.type()), c.nullable());
        }
        return t;
    }

    static DataType type(QuoteColumns.Type t) {
        return switch (t) {
            case TEXT, DATE -> DataTypes.StringType;
            case LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
            case NUMBER -> DataTypes.DoubleType;
            case INTEGER -> DataTypes.IntegerType;
            case FLAG -> DataTypes.BooleanType;
        };
    }

    static Row toRow(Quote q) {
        List<Object> values = QuoteColumns.values(q);
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            Object v = values.get(i);
            cells[i] = v instanceof List<?> l ? l.toArray(String[]::new)
                    : v instanceof LocalDate d ? d.toString() : v;
        }
        return new GenericRowWithSchema(cells, SCHEMA);
    }

    /**
     * An array field as a list, whether the row came from Spark (a Scala sequence) or was built
     * in Java (an array or a list). Scala sequences are converted by Spark's own {@link
     * Row#getList}, so no class of one Scala version is named here: the jar runs on Spark builds
     * for Scala 2.12 and 2.13 alike.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> list(Row r, String field) {
        int i = r.fieldIndex(field);
        Object v = r.get(i);
        if (v == null) {
            return List.of();
        }
        if (v instanceof scala.collection.Seq<?>) {
            return r.getList(i);
        }
        if (v instanceof Object[] array) {
            return (List<T>) Arrays.asList(array);
        }
        if (v instanceof List<?> l) {
            return (List<T>) l;
        }
        throw new IllegalArgumentException("field " + field + " is no list: " + v.getClass().getName());
    }

    static Quote toQuote(Row r) {
        return QuoteColumns.fromValues(name -> {
            Object v = r.get(r.fieldIndex(name));
            return v instanceof scala.collection.Seq<?> || v instanceof Object[] ? list(r, name) : v;
        });
    }
}
