package org.earshot.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.junit.jupiter.api.Test;

class ServiceBackedLazyModelTest {

    private final List<PageRequest> asked = new ArrayList<>();

    @Test
    void theTableAsksTheTotalAloneOnceAndThenItsPageWithoutCountingAgain() {
        ServiceBackedLazyModel<String> model = new ServiceBackedLazyModel<>((filters, request) -> {
            asked.add(request);
            return new Page<>(request.listed() ? List.of("newest", "older") : List.of(), request.counted() ? 312 : Page.UNCOUNTED);
        }, row -> row);

        assertThat(model.count(Map.of())).isEqualTo(312);
        model.setRowCount(312);
        assertThat(model.load(25, 25, Map.of(), Map.of())).containsExactly("newest", "older");

        assertThat(asked).containsExactly(PageRequest.totalOnly(0), new PageRequest(25, 25, false));
        assertThat(model.getPageReport()).isEqualTo("{startRecord}\u2013{endRecord} of {totalRecords}");
    }

    @Test
    void aCountStoppedAtItsCapShowsItsBoundAndKeepsTheNextPageWhichCountsOnFromWhereItStarts() {
        int cap = 10_000;
        ServiceBackedLazyModel<String> model = new ServiceBackedLazyModel<>((filters, request) -> {
            asked.add(request);
            return new Page<>(request.listed() ? List.of("row") : List.of(), request.first() + cap, true);
        }, row -> row);

        int rows = model.count(Map.of());
        model.setRowCount(rows);
        assertThat(rows).as("one row past the bound, so the paginator offers the page holding it").isEqualTo(10_001);
        assertThat(model.getPageReport()).isEqualTo("{startRecord}\u2013{endRecord} of 10 000+");

        model.load(10_000, 25, Map.of(), Map.of());
        assertThat(model.count(Map.of())).as("counted on from the page shown").isEqualTo(20_001);
        assertThat(asked.get(2)).isEqualTo(PageRequest.totalOnly(10_000));
    }
}
