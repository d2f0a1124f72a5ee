package org.newsgraph.extract.eval;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.newsgraph.extract.DeploymentReport;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PersonMention;
import org.newsgraph.extract.Quotation;

/** Writes an {@link Extraction} in the pred.json format of the evaluation's score.py. */
public final class ExtractionJson {
    private ExtractionJson() {
    }

    public static JsonObject toJson(Extraction x) {
        JsonArrayBuilder persons = Json.createArrayBuilder();
        for (PersonMention p : x.people()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", p.name());
            nullable(o, "role", p.role());
            nullable(o, "affiliation", p.affiliation());
            o.add("aliases", Json.createArrayBuilder(p.aliases()));
            persons.add(o);
        }
        JsonArrayBuilder statements = Json.createArrayBuilder();
        for (Quotation q : x.quotations()) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            nullable(o, "speaker", q.speaker());
            o.add("quote", q.text()).add("start", q.start()).add("end", q.end());
            nullable(o, "speaker_org", q.source());
            o.add("attribution", q.attribution().name().toLowerCase());
            nullable(o, "stated_on", q.statedOn() == null ? null : q.statedOn().toString());
            statements.add(o);
        }
        JsonArrayBuilder deployments = Json.createArrayBuilder();
        for (DeploymentReport d : x.deployments()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("origin", d.origin());
            nullable(o, "host_country", d.hostCountry());
            nullable(o, "host_region", d.region());
            if (d.troops() == null) {
                o.addNull("count");
            } else {
                o.add("count", d.troops());
            }
            nullable(o, "count_qualifier", d.troopsQualifier() == null ? null : d.troopsQualifier().name());
            o.add("status", d.status().name());
            o.add("training", Json.createArrayBuilder(d.training()));
            nullable(o, "source", d.claimedBy());
            o.add("quotations", Json.createArrayBuilder(d.quotations()));
            deployments.add(o);
        }
        return Json.createObjectBuilder().add("persons", persons).add("statements", statements)
                .add("deployments", deployments).add("byline", Json.createArrayBuilder(x.byline())).build();
    }

    public static String toString(Extraction x) {
        StringWriter out = new StringWriter();
        write(toJson(x), out);
        return out.toString();
    }

    /** Writes the prediction to {@code file} (pretty-printed, UTF-8) for score.py to read. */
    public static void writePred(Extraction x, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(toJson(x), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonObject o, Writer w) {
        try (JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
            jw.writeObject(o);
        }
    }

    private static void nullable(JsonObjectBuilder o, String key, String value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }
}
