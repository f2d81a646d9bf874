package careeratlas.platform;

import jakarta.enterprise.context.ApplicationScoped;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws share pictures (1200x630 PNG, the size Open Graph and Twitter's large card expect) with Java2D, headless,
 * and keeps the most recent ones by their hash. Java2D works in the native image through the quarkus-awt extension.
 */
@ApplicationScoped
public class ShareCards {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final int MAX_CACHED = 200;
    private static final Color INK = new Color(0x1b2230);
    private static final Color MUTED = new Color(0x4a5468);
    private static final Color BRAND = new Color(0x163a7a);
    private static final Color ROLE_A = new Color(0x1f5fa8);
    private static final Color ROLE_B = new Color(0xa13d12);
    private static final Color WASH = new Color(0xf3f5f9);

    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > MAX_CACHED;
        }
    };

    /** The PNG of a card, drawn once per hash. */
    public byte[] png(ShareCard card) {
        String hash = card.hash();
        synchronized (cache) {
            byte[] cached = cache.get(hash);
            if (cached != null) {
                return cached;
            }
        }
        byte[] png = draw(card);
        synchronized (cache) {
            cache.put(hash, png);
        }
        return png;
    }

    static byte[] draw(ShareCard card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setPaint(new GradientPaint(0, 0, BRAND, WIDTH, 0, new Color(0x1f4fa3)));
            g.fillRect(0, 0, WIDTH, 18);
            // Site name with the mark (a compass-like ring).
            g.setColor(BRAND);
            g.setStroke(new BasicStroke(6));
            g.draw(new Ellipse2D.Double(72, 62, 40, 40));
            g.fill(new Ellipse2D.Double(86, 76, 12, 12));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            g.drawString(Globals.SITE_NAME, 128, 94);
            // Kicker and title, wrapped, smaller when long.
            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
            g.drawString(card.kicker(), 72, 170);
            int size = 68;
            List<String> lines;
            do {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
                lines = wrap(card.title(), g.getFontMetrics(), WIDTH - 144);
                size -= 4;
            } while (lines.size() > (card.figures().isEmpty() ? 4 : 2) && size > 36);
            g.setColor(INK);
            FontMetrics title = g.getFontMetrics();
            int y = 170 + title.getAscent() + 12;
            for (String line : lines) {
                g.drawString(line, 72, y);
                y += (int) (title.getHeight() * 1.02);
            }
            // Figures: one panel each, in the role's colour with its shape.
            List<ShareCard.Figure> figures = card.figures();
            if (!figures.isEmpty()) {
                int gap = 32;
                int panelWidth = (WIDTH - 144 - gap * (figures.size() - 1)) / figures.size();
                int top = HEIGHT - 72 - 150;
                for (int i = 0; i < figures.size(); i++) {
                    ShareCard.Figure f = figures.get(i);
                    int x = 72 + i * (panelWidth + gap);
                    Color colour = "a".equals(f.series()) ? ROLE_A : "b".equals(f.series()) ? ROLE_B : BRAND;
                    g.setColor(WASH);
                    g.fill(new RoundRectangle2D.Double(x, top, panelWidth, 150, 20, 20));
                    g.setColor(colour);
                    g.fillRect(x, top, 10, 150);
                    int textX = x + 36;
                    if (!f.series().isEmpty()) {
                        if ("a".equals(f.series())) {
                            g.fill(new Ellipse2D.Double(x + 34, top + 26, 36, 36));
                        } else {
                            g.fillRect(x + 34, top + 26, 36, 36);
                        }
                        g.setColor(Color.WHITE);
                        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
                        String letter = f.series().toUpperCase(java.util.Locale.ROOT);
                        g.drawString(letter, x + 52 - g.getFontMetrics().stringWidth(letter) / 2, top + 53);
                        textX = x + 84;
                    }
                    g.setColor(MUTED);
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
                    g.drawString(fit(f.label(), g.getFontMetrics(), x + panelWidth - 24 - textX), textX, top + 54);
                    g.setColor(colour);
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 50));
                    g.drawString(fit(f.value(), g.getFontMetrics(), panelWidth - 60), x + 36, top + 118);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, cut with an ellipsis when it is wider than {@code width}. */
    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
