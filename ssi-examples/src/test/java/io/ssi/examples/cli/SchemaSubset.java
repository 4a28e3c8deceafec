package io.ssi.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validator for the part of JSON Schema (2020-12) that the stored score's schema uses: local
 * {@code $ref}, {@code type}, {@code required}, {@code properties}, {@code additionalProperties}
 * (false), {@code items}, {@code enum}, {@code minimum}, {@code maximum} and {@code minLength}.
 * Any other keyword is an error, so the schema cannot quietly use more than is checked.
 */
final class SchemaSubset {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description");

    private final JsonNode root;

    SchemaSubset(JsonNode root) {
        this.root = root;
    }

    /** @return the violations, each with its JSON path; empty when the value is valid */
    List<String> validate(JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors;
    }

    /** @return the violations of the value against one of the schema's {@code $defs} */
    List<String> validate(JsonNode value, String def) {
        List<String> errors = new ArrayList<>();
        check(resolve("#/$defs/" + def), value, "$", errors);
        return errors;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local $ref is supported, but was " + ref);
        }
        JsonNode node = root.at(ref.substring(1));
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("$ref " + ref + " points nowhere");
        }
        return node;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode k = e.getValue();
            switch (e.getKey()) {
                case "$ref" -> check(resolve(k.asText()), value, path, errors);
                case "type" -> {
                    boolean ok = false;
                    for (JsonNode t : k.isArray() ? k : List.of(k)) {
                        ok |= hasType(value, t.asText());
                    }
                    if (!ok) {
                        errors.add(path + ": expected " + k + ", but was " + value.getNodeType());
                    }
                }
                case "required" -> {
                    if (value.isObject()) {
                        for (JsonNode name : k) {
                            if (!value.has(name.asText())) {
                                errors.add(path + ": required property " + name.asText() + " is missing");
                            }
                        }
                    }
                }
                case "properties" -> {
                    if (value.isObject()) {
                        for (Iterator<Map.Entry<String, JsonNode>> p = k.fields(); p.hasNext(); ) {
                            Map.Entry<String, JsonNode> prop = p.next();
                            if (value.has(prop.getKey())) {
                                check(prop.getValue(), value.get(prop.getKey()), path + "." + prop.getKey(), errors);
                            }
                        }
                    }
                }
                case "additionalProperties" -> {
                    if (!k.isBoolean() || k.asBoolean()) {
                        throw new IllegalArgumentException("only additionalProperties: false is supported");
                    }
                    JsonNode declared = schema.path("properties");
                    if (value.isObject()) {
                        for (Iterator<String> n = value.fieldNames(); n.hasNext(); ) {
                            String name = n.next();
                            if (!declared.has(name)) {
                                errors.add(path + ": property " + name + " is not in the schema");
                            }
                        }
                    }
                }
                case "items" -> {
                    if (value.isArray()) {
                        for (int i = 0; i < value.size(); i++) {
                            check(k, value.get(i), path + "[" + i + "]", errors);
                        }
                    }
                }
                case "enum" -> {
                    boolean found = false;
                    for (JsonNode allowed : k) {
                        found |= allowed.equals(value);
                    }
                    if (!found) {
                        errors.add(path + ": " + value + " is not one of " + k);
                    }
                }
                case "minimum" -> {
                    if (value.isNumber() && value.asDouble() < k.asDouble()) {
                        errors.add(path + ": " + value + " is below the minimum " + k);
                    }
                }
                case "maximum" -> {
                    if (value.isNumber() && value.asDouble() > k.asDouble()) {
                        errors.add(path + ": " + value + " is above the maximum " + k);
                    }
                }
                case "minLength" -> {
                    if (value.isTextual() && value.asText().codePointCount(0, value.asText().length()) < k.asInt()) {
                        errors.add(path + ": " + value + " is shorter than " + k);
                    }
                }
                default -> {
                    if (!ANNOTATIONS.contains(e.getKey())) {
                        throw new IllegalArgumentException("the schema uses " + e.getKey()
                                + ", which this validator does not check");
                    }
                }
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
