package backorder.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void encodedImage_decodesWithImageIo_toTheSamePixels() throws IOException {
        BufferedImage img = new BufferedImage(97, 61, BufferedImage.TYPE_INT_RGB);
        SplittableRandom rnd = new SplittableRandom(42);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                // random rows, flat rows and rows repeating the one above, to use every filter path
                int rgb = y % 3 == 0 ? rnd.nextInt(1 << 24) : y % 3 == 1 ? 0xFFFFFF : img.getRGB(x, y - 1) & 0xFFFFFF;
                img.setRGB(x, y, rgb);
            }
        }

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));

        assertEquals(img.getWidth(), back.getWidth());
        assertEquals(img.getHeight(), back.getHeight());
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
