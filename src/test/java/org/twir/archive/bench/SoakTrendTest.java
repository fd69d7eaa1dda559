package org.twir.archive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoakTrendTest {

    @Test
    void aSteadyRiseIsItsOwnTrend() {
        double[] trend = Soak.trend(List.of(80L, 85L, 90L, 95L, 100L));
        assertThat(trend[0]).isCloseTo(80, within(1e-9));
        assertThat(trend[1]).isCloseTo(100, within(1e-9));
    }

    @Test
    void samplesSwingingAroundALevelHaveAFlatTrend() {
        double[] trend = Soak.trend(List.of(90L, 80L, 90L, 80L, 90L, 80L, 85L));
        // Hand-computed: mean 85, slope -15/28 per sample, the middle sample on the mean.
        assertThat(trend[0]).isCloseTo(85 + 3 * 15.0 / 28, within(1e-9));
        assertThat(trend[1]).isCloseTo(85 - 3 * 15.0 / 28, within(1e-9));
    }
}
