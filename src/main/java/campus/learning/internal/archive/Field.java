package campus.learning.internal.archive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A value of course.json and where it sits (modules[0].lessons[1].required), so that a value of
 * the wrong shape is refused naming the field. Values are taken as they are, never coerced.
 */
record Field(JsonNode node, String path) {

    /** A member of this value, which must be an object. */
    Field get(String name) {
        require(node != null && node.isObject());
        return new Field(node.get(name), path.isEmpty() ? name : path + "." + name);
    }

    boolean absent() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    String string() {
        require(node != null && node.isString());
        return node.stringValue();
    }

    int integer() {
        require(node != null && node.isIntegralNumber() && node.canConvertToInt());
        return node.intValue();
    }

    Integer optionalInteger() {
        return absent() ? null : integer();
    }

    boolean bool() {
        require(node != null && node.isBoolean());
        return node.booleanValue();
    }

    /** A required array, each element converted in order. */
    <T> List<T> list(Function<Field, T> convert) {
        require(node != null && node.isArray());
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(convert.apply(new Field(node.get(i), path + "[" + i + "]")));
        }
        return Collections.unmodifiableList(values);
    }

    /** An array that may be left out, meaning none. */
    <T> List<T> optionalList(Function<Field, T> convert) {
        return absent() ? List.of() : list(convert);
    }

    /** An object keyed by language code, the codes checked before anything is read under them. */
    <T> Map<String, T> languages(Function<Field, T> convert) {
        require(node != null && node.isObject());
        Map<String, T> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            PackageCheck.language(e.getKey(), path);
            values.put(e.getKey(), convert.apply(new Field(e.getValue(), path + "." + e.getKey())));
        }
        return Collections.unmodifiableMap(values);
    }

    Map<String, String> strings() {
        return languages(Field::string);
    }

    Map<String, String> optionalStrings() {
        return absent() ? Map.of() : strings();
    }

    private void require(boolean expected) {
        if (!expected) {
            throw new ArchiveRefused("course.archive.manifest.field", path);
        }
    }
}
