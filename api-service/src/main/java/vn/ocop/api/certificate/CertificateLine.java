package vn.ocop.api.certificate;

import vn.ocop.api.area.Area;
import vn.ocop.api.area.OfficialCodes;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.product.Product;

/**
 * A certificate as the exports need it: the API record, the product's code, the producer's public contact (as the
 * national portal publishes it; never the citizen id) and the official codes of the product's area.
 */
public record CertificateLine(CertificateResponse certificate, String productCode, String producerName,
                              String representative, String address, String phone, String email, OfficialCodes unit) {

    static CertificateLine of(CertificateResponse certificate, Product product, OfficialCodes unit) {
        Producer producer = product.producer;
        return new CertificateLine(certificate, product.productCode, producer.name, producer.representativeName,
                address(producer), producer.phone, producer.email, unit);
    }

    /** The producer's address line followed by its units, commune up to province ("Thôn 3, Xã Tân Cương, …"). */
    private static String address(Producer producer) {
        StringBuilder address = new StringBuilder(producer.addressLine == null ? "" : producer.addressLine.strip());
        for (Area unit = producer.area; unit != null; unit = unit.parent) {
            String name = unit.fullName == null ? unit.name : unit.fullName;
            if (name != null && !address.toString().contains(name)) {
                address.append(address.isEmpty() ? "" : ", ").append(name);
            }
        }
        return address.isEmpty() ? null : address.toString();
    }
}
