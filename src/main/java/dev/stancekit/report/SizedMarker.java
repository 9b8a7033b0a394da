package dev.stancekit.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/** A circle drawn at a fixed multiple of the chart's marker size, filled or as a ring. */
final class SizedMarker extends Marker {

    private final double scale;
    private final boolean filled;

    SizedMarker(double scale, boolean filled) {
        this.scale = scale;
        this.filled = filled;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int markerSize) {
        double d = markerSize * scale;
        Ellipse2D.Double c = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
        if (filled) {
            g.fill(c);
        } else {
            g.setStroke(new BasicStroke(2f));
            g.draw(c);
        }
    }
}
