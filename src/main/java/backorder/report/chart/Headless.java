package backorder.report.chart;

/** Turns on AWT headless mode before any AWT class initialises, unless the caller already chose a mode. */
public final class Headless {

    private Headless() { }

    /** Sets {@code java.awt.headless=true} when the property is unset; call before the first AWT use. */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
