package backorder.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal, fast PNG encoder for opaque RGB chart images, whose bytes depend only on the pixels.
 *
 * <p>Each row uses the "Up" filter when it equals the row above, else "Sub" or "Up" by the usual
 * smallest-sum heuristic, then native zlib at level 4. On chart images this is several times faster
 * than the JDK's ImageIO writer, which tries all five filters on every row in Java.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private PngEncoder() { }

    /** Encodes an image of type {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage img) throws IOException {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB");
        }
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int stride = 3 * w;
        byte[] prev = new byte[stride];
        byte[] cur = new byte[stride];
        byte[] sub = new byte[stride + 1];
        byte[] up = new byte[stride + 1];
        Deflater deflater = new Deflater(1);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 4);
        byte[] buf = new byte[1 << 16];
        byte[] zeros = new byte[stride + 1];
        zeros[0] = 2;
        try {
            for (int y = 0; y < h; y++) {
                if (y > 0 && Arrays.equals(px, y * w, y * w + w, px, (y - 1) * w, y * w)) {
                    deflate(deflater, zeros, idat, buf);
                    continue;
                }
                for (int x = 0, o = y * w; x < w; x++) {
                    int p = px[o + x];
                    cur[3 * x] = (byte) (p >> 16);
                    cur[3 * x + 1] = (byte) (p >> 8);
                    cur[3 * x + 2] = (byte) p;
                }
                long sumSub = 0;
                long sumUp = 0;
                sub[0] = 1;
                up[0] = 2;
                for (int i = 0; i < stride; i++) {
                    byte s = (byte) (cur[i] - (i >= 3 ? cur[i - 3] : 0));
                    byte u = (byte) (cur[i] - prev[i]);
                    sub[i + 1] = s;
                    up[i + 1] = u;
                    sumSub += Math.abs(s);
                    sumUp += Math.abs(u);
                }
                deflate(deflater, sumUp <= sumSub ? up : sub, idat, buf);
                byte[] t = prev;
                prev = cur;
                cur = t;
            }
            deflater.finish();
            while (!deflater.finished()) {
                idat.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        DataOutputStream d = new DataOutputStream(out);
        d.write(SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream hd = new DataOutputStream(ihdr);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.write(new byte[] {8, 2, 0, 0, 0});
        chunk(d, "IHDR", ihdr.toByteArray());
        chunk(d, "IDAT", idat.toByteArray());
        chunk(d, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void deflate(Deflater deflater, byte[] row, ByteArrayOutputStream out, byte[] buf) {
        deflater.setInput(row);
        while (!deflater.needsInput()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        d.writeInt((int) crc.getValue());
    }
}
