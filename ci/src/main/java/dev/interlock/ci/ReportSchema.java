package dev.interlock.ci;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON Schema of {@code report.json} ({@value #RESOURCE}), and validation against it. */
public final class ReportSchema {

    /** Class-path location of the schema; also shipped in the interlock-ci jar. */
    public static final String RESOURCE = "dev/interlock/ci/report.schema.json";

    private static final Schema SCHEMA = load();

    private ReportSchema() {
    }

    /** The schema violations of {@code json}, one line each; empty when it is a valid report. */
    public static List<String> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(ReportSchema::line).toList();
    }

    private static String line(Error e) {
        return e.getInstanceLocation() + ": " + e.getMessage();
    }

    private static Schema load() {
        try (InputStream in = ReportSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
