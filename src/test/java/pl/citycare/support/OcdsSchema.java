package pl.citycare.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The official OCDS 1.1.5 release-package schema (JSON Schema draft-04) with the release schema it refers to
 * mapped to the local copy, so that validation never reaches the network. The schemas come from the
 * directory {@code citycare.ocds.schemas} names (the build sets {@code ../shared/data/ocds}); without them the
 * tests fail rather than pass unchecked.
 */
public final class OcdsSchema {

    static final String RELEASE_SCHEMA_URL = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static Schema releasePackage;

    private OcdsSchema() {
    }

    /** The schema's complaints about {@code json}, each with the JSON path it concerns; empty when valid. */
    public static List<String> errors(String json) {
        return schema().validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static synchronized Schema schema() {
        if (releasePackage == null) {
            Path dir = Path.of(System.getProperty("citycare.ocds.schemas", "../shared/data/ocds"));
            Path packageSchema = dir.resolve("release-package-schema.json");
            Path releaseSchema = dir.resolve("release-schema.json");
            if (!Files.isRegularFile(packageSchema) || !Files.isRegularFile(releaseSchema)) {
                throw new AssertionError("The official OCDS schemas are missing: expected release-package-schema.json and "
                        + "release-schema.json in " + dir.toAbsolutePath().normalize());
            }
            try {
                String release = Files.readString(releaseSchema);
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                        builder -> builder.schemas(Map.of(RELEASE_SCHEMA_URL, release))
                                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
                releasePackage = registry.getSchema(Files.readString(packageSchema), InputFormat.JSON);
            } catch (IOException e) {
                throw new AssertionError("Cannot read the OCDS schemas in " + dir, e);
            }
        }
        return releasePackage;
    }
}
