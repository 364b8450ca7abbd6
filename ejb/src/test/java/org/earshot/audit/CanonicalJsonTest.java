package org.earshot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Audit details have one written form, and it reads back to the same values. */
class CanonicalJsonTest {

    @Test
    void namesAreSortedAndNothingIsAddedBetween() {
        assertThat(CanonicalJson.write(new TreeMap<>(Map.of("b", "2", "a", "1")))).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAndReadBack() {
        TreeMap<String, String> values = new TreeMap<>(Map.of("say \"hi\"", "back\\slash", "lines", "one\ntwo\u0001", "ünï", "кот"));

        String json = CanonicalJson.write(values);

        assertThat(json).isEqualTo("{\"lines\":\"one\\u000atwo\\u0001\",\"say \\\"hi\\\"\":\"back\\\\slash\",\"ünï\":\"кот\"}");
        assertThat(CanonicalJson.read(json)).isEqualTo(values);
    }

    @Test
    void emptyDetailsAreNotWrittenAtAll() {
        assertThat(AuditDetails.NONE.toJson()).isNull();
        assertThat(AuditDetails.fromJson(null)).isEqualTo(AuditDetails.NONE);
        assertThat(AuditDetails.fromJson("{}").isEmpty()).isTrue();
    }
}
