package org.earshot.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.junit.jupiter.api.Test;

class ServiceBackedLazyModelTest {

    @Test
    void theTableCountsOnceAndThenLoadsItsPageWithoutCountingAgain() {
        List<PageRequest> asked = new ArrayList<>();
        ServiceBackedLazyModel<String> model = new ServiceBackedLazyModel<>((filters, request) -> {
            asked.add(request);
            return new Page<>(List.of("newest", "older"), request.counted() ? 1_000_000 : Page.UNCOUNTED);
        }, row -> row);

        assertThat(model.count(Map.of())).isEqualTo(1_000_000);
        assertThat(model.load(25, 25, Map.of(), Map.of())).containsExactly("newest", "older");

        assertThat(asked).extracting(PageRequest::counted).containsExactly(true, false);
        assertThat(asked.get(1)).isEqualTo(new PageRequest(25, 25, false));
    }
}
