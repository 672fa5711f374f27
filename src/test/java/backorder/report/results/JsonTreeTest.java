package backorder.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    @Test
    void numbers_readBackAsTheDoublesParseDoubleGives() throws IOException {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 100_000;
        double[] written = new double[n];
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            // any finite bit pattern, and summary-like values (means, shares, their 17-digit quotients)
            double d = i % 2 == 0 ? Double.longBitsToDouble(rnd.nextLong())
                    : rnd.nextDouble() * Math.pow(10, rnd.nextInt(-3, 8));
            written[i] = Double.isFinite(d) ? d : i;
            json.append(i > 0 ? "," : "").append(written[i]);
        }
        JsonNode array = JsonTree.parse(json.append(']').toString());

        for (int i = 0; i < n; i++) {
            assertEquals(Double.parseDouble(Double.toString(written[i])), array.get(i).asDouble(), "number " + i);
        }
    }
}
