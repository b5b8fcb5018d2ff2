package vn.ocop.api.publicapi;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The printable label of a certificate (nhãn in): its verification QR code, its stars and its number, black on
 * white, for producers to print on packaging. Print size: {@value #WIDTH} pixels wide at {@value #DPI} dpi, i.e.
 * 2 inches = 50.8 mm ({@value #HEIGHT} pixels = 69.3 mm high); the PNG records the resolution (pHYs, 11,811 pixels per metre), the SVG is
 * sized in millimetres. The stars are drawn as polygons, never as a font's ★, so they print the same everywhere; only
 * the number is text (a sans-serif font).
 */
public final class Labels {

    /** Print resolution, dots per inch. */
    public static final int DPI = 300;
    /** Width in pixels: 2 inches (50.8 mm) at {@value #DPI} dpi. */
    public static final int WIDTH = 600;
    /** Height in pixels: 69.3 mm at {@value #DPI} dpi. */
    public static final int HEIGHT = 818;

    private static final int MARGIN = 20;
    private static final int QR_BOX = WIDTH - 2 * MARGIN;
    private static final int STAR_TOP = MARGIN + QR_BOX + 18;
    private static final int STAR_SIZE = 72;
    private static final int STAR_GAP = 14;
    private static final int TEXT_BASELINE = STAR_TOP + STAR_SIZE + 20 + 64;
    private static final int MAX_FONT = 60;
    private static final String FONT_FAMILY = "SansSerif";
    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    private Labels() {
    }

    /** The label as a PNG at {@value #DPI} dpi. */
    public static byte[] png(String url, String number, int stars) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            Qr qr = qr(url);
            for (int y = 0; y < qr.matrix.getHeight(); y++) {
                for (int x = 0; x < qr.matrix.getWidth(); x++) {
                    if (qr.matrix.get(x, y)) {
                        g.fillRect(qr.left + x * qr.scale, MARGIN + y * qr.scale, qr.scale, qr.scale);
                    }
                }
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int i = 0; i < stars; i++) {
                double[] points = star(starLeft(stars, i), STAR_TOP);
                Path2D path = new Path2D.Double();
                path.moveTo(points[0], points[1]);
                for (int p = 2; p < points.length; p += 2) {
                    path.lineTo(points[p], points[p + 1]);
                }
                path.closePath();
                g.fill(path);
            }
            Font font = font(number);
            g.setFont(font);
            double textWidth = font.getStringBounds(number, METRICS).getWidth();
            g.drawString(number, (float) ((WIDTH - textWidth) / 2), TEXT_BASELINE);
        } finally {
            g.dispose();
        }
        return writePng(image);
    }

    /** The label as an SVG document sized in millimetres, the same drawing as the PNG. */
    public static String svg(String url, String number, int stars) {
        Qr qr = qr(url);
        StringBuilder svg = new StringBuilder(16384)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(mm(WIDTH)).append("mm\" height=\"")
                .append(mm(HEIGHT)).append("mm\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\">\n<title>OCOP ").append(xml(number)).append("</title>\n")
                .append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#fff\"/>\n")
                .append("<g fill=\"#000\" shape-rendering=\"crispEdges\">\n");
        for (int y = 0; y < qr.matrix.getHeight(); y++) {
            int x = 0;
            while (x < qr.matrix.getWidth()) {
                if (!qr.matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < qr.matrix.getWidth() && qr.matrix.get(x, y)) {
                    x++;
                }
                svg.append("<rect x=\"").append(qr.left + start * qr.scale).append("\" y=\"")
                        .append(MARGIN + y * qr.scale).append("\" width=\"").append((x - start) * qr.scale)
                        .append("\" height=\"").append(qr.scale).append("\"/>\n");
            }
        }
        svg.append("</g>\n<g fill=\"#000\" class=\"stars\" aria-label=\"").append(stars).append("\">\n");
        for (int i = 0; i < stars; i++) {
            double[] points = star(starLeft(stars, i), STAR_TOP);
            svg.append("<polygon points=\"");
            for (int p = 0; p < points.length; p += 2) {
                svg.append(p == 0 ? "" : " ").append(decimal(points[p])).append(',').append(decimal(points[p + 1]));
            }
            svg.append("\"/>\n");
        }
        Font font = font(number);
        svg.append("</g>\n<text x=\"").append(WIDTH / 2).append("\" y=\"").append(TEXT_BASELINE)
                .append("\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" ")
                .append("font-weight=\"bold\" font-size=\"").append(font.getSize()).append("\">").append(xml(number))
                .append("</text>\n</svg>\n");
        return svg.toString();
    }

    private record Qr(BitMatrix matrix, int scale, int left) {
    }

    /** The QR code scaled by a whole number of pixels per module (crisp for scanners), centred at the top. */
    private static Qr qr(String url) {
        BitMatrix matrix = QrCodes.matrix(url);
        int scale = Math.max(1, QR_BOX / matrix.getWidth());
        return new Qr(matrix, scale, (WIDTH - matrix.getWidth() * scale) / 2);
    }

    /** The largest bold font up to {@value #MAX_FONT} px that fits the number in the label's width. */
    private static Font font(String number) {
        int size = MAX_FONT;
        Font font = new Font(FONT_FAMILY, Font.BOLD, size);
        while (size > 12 && font.getStringBounds(number, METRICS).getWidth() > WIDTH - 2 * MARGIN) {
            size -= 2;
            font = new Font(FONT_FAMILY, Font.BOLD, size);
        }
        return font;
    }

    private static double starLeft(int stars, int index) {
        double row = stars * STAR_SIZE + (stars - 1) * STAR_GAP;
        return (WIDTH - row) / 2 + index * (STAR_SIZE + STAR_GAP);
    }

    /** A five-pointed star in the square at (left, top), side {@value #STAR_SIZE}: ten points, x and y. */
    static double[] star(double left, double top) {
        double outer = STAR_SIZE / 2.0;
        double inner = outer * 0.382;
        double cx = left + outer;
        double cy = top + outer * 1.05;
        double[] points = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            points[2 * i] = cx + radius * Math.cos(angle);
            points[2 * i + 1] = cy + radius * Math.sin(angle);
        }
        return points;
    }

    private static byte[] writePng(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            // The PNG's own pHYs chunk: pixels per metre (300 dpi = 11,811 per metre).
            String perMetre = Long.toString(Math.round(DPI / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    private static String mm(int pixels) {
        return String.format(Locale.ROOT, "%.1f", pixels * 25.4 / DPI);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
