package vn.ocop.api.publicapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.ocop.api.security.SecurityTestData;

/**
 * The printable label (PNG at 300 dpi and SVG, 50.8 mm wide): its QR code decodes to the verification address, the
 * stars are drawn as shapes, the number is printed; only for certificates in force.
 */
@QuarkusTest
class LabelTest {

    @Inject
    StandingFixtures fixtures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void pngIsPrintSizedAndItsQrCodeDecodesToTheVerificationAddress() throws Exception {
        StandingFixtures.Set set = fixtures.create();
        byte[] png = given().when().get("/v/{number}/label.png", set.valid().number)
                .then().statusCode(200).contentType("image/png")
                .header("Cache-Control", equalTo("public, no-cache"))
                .extract().asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(Labels.WIDTH).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(Labels.HEIGHT);
        assertThat(dotsPerMetre(png)).isEqualTo(11811); // 300 dpi
        assertThat(decode(image)).isEqualTo(PublicCertificateTest.verificationUrl(set.valid().number));
        // Four stars below the code: four dark blobs along the stars' row.
        assertThat(darkRuns(image, 598 + 40)).isEqualTo(4);
    }

    @Test
    void svgIsValidXmlSizedInMillimetresWithTheNumberAndTheStarsAsPolygons() throws Exception {
        StandingFixtures.Set set = fixtures.create();
        String svg = given().when().get("/v/{number}/label.svg", set.successor().number)
                .then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .extract().asString();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("50.8mm");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 600 " + Labels.HEIGHT);
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        assertThat(texts.getLength()).isEqualTo(1);
        assertThat(texts.item(0).getTextContent()).isEqualTo(set.successor().number);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polygon").getLength()).isEqualTo(5);
        assertThat(svg).doesNotContain("★");
    }

    @Test
    void noLabelForACertificateNotInForceOrUnknown() {
        StandingFixtures.Set set = fixtures.create();
        for (String number : new String[] {set.revoked().number, set.expired().number, set.superseded().number}) {
            given().when().get("/v/{number}/label.png", number)
                    .then().statusCode(409).contentType(startsWith("application/problem+json"));
            given().when().get("/v/{number}/label.svg", number)
                    .then().statusCode(409).contentType(startsWith("application/problem+json"));
        }
        given().when().get("/v/{number}/label.png", set.grace().number).then().statusCode(200);
        given().when().get("/v/{number}/label.png", "KHONG-CO-" + SecurityTestData.unique())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theLabelDrawingHoldsForALongNumber() throws Exception {
        String url = "https://ocop.example.gov.vn/v/OCOP-19-2025-000123456789";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Labels.png(url, "OCOP-19-2025-000123456789", 5)));
        assertThat(decode(image)).isEqualTo(url);
        assertThat(darkRuns(image, 598 + 40)).isEqualTo(5);
    }

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    /** Separate runs of dark pixels along row y. */
    static int darkRuns(BufferedImage image, int y) {
        int runs = 0;
        boolean dark = false;
        for (int x = 0; x < image.getWidth(); x++) {
            boolean now = (image.getRGB(x, y) & 0xFF) < 128;
            if (now && !dark) {
                runs++;
            }
            dark = now;
        }
        return runs;
    }

    /** The pHYs chunk's pixels per metre (x axis) of a PNG. */
    static int dotsPerMetre(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }
}
