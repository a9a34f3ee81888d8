package org.govweb.scoring.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPathOrderTest {

    @Test
    void indicesCompareAsNumbers() {
        assertThat(JsonPathOrder.compare("$.a[2]", "$.a[10]")).isNegative();
        assertThat(JsonPathOrder.compare("$.a[10]", "$.a[2]")).isPositive();
        assertThat(JsonPathOrder.compare("$.a[10].b", "$.a[10].b")).isZero();
        assertThat(JsonPathOrder.compare("$.a[007]", "$.a[7]")).isZero();
    }

    @Test
    void otherwiseCharacterByCharacterAndPrefixesFirst() {
        assertThat(JsonPathOrder.compare("$.a", "$.b")).isNegative();
        assertThat(JsonPathOrder.compare("$.a", "$.a.b")).isNegative();
        assertThat(JsonPathOrder.compare("$.a[1]", "$.a[1].x")).isNegative();
    }

    @Test
    void sortsAList() {
        List<String> paths = new ArrayList<>(List.of("$.p[100].x", "$.p[9].x", "$.c[10]", "$.c[2].z", "$.c[2].a"));
        paths.sort(JsonPathOrder::compare);
        assertThat(paths).containsExactly("$.c[2].a", "$.c[2].z", "$.c[10]", "$.p[9].x", "$.p[100].x");
    }
}
