package org.newsgraph.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** JSON-P values as the plain Java maps, lists and scalars graphql-java coerces variables from. */
final class JsonValues {
    private JsonValues() {
    }

    static Map<String, Object> toJava(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((k, v) -> map.put(k, toJava(v)));
        return map;
    }

    private static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> toJava(value.asJsonObject());
            case ARRAY -> ((JsonArray) value).stream().map(JsonValues::toJava).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Object number(JsonNumber n) {
        return n.isIntegral() ? (Object) n.bigIntegerValue() : n.bigDecimalValue();
    }

}
