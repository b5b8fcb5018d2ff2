package vn.ocop.api.publicapi;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.scoring.lifecycle.CertificateRecord;

/**
 * The one statement of a public verification: the certificate with its product's and producer's names and the number
 * of its successor, read straight from the database on every call (never cached: a revocation shows on the very next
 * verification on every replica). One round trip in auto-commit, no ORM session or transaction around it: this runs
 * for every QR scan, so it is kept as cheap as the lookup itself (docs/benchmarks.md, public verification page).
 */
@ApplicationScoped
public class VerificationQuery {

    private static final String SQL = "select c.id, c.number, c.stars, c.rule_set_id, c.product_group, c.area_path,"
            + " c.deciding_body, c.decision_number, c.decision_date, c.issued_on, c.expires_on, c.revoked_on,"
            + " c.revocation_ground, c.superseded_on, c.grace_until, c.grace_ended_on, p.name, p.product_code,"
            + " pr.name, s.number"
            + " from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id"
            + " left join certificate s on s.id = c.superseded_by_id where c.number = ?";

    /** The stored facts of one certificate that the public may see, and the engine's record of its dates. */
    public record Row(long id, String number, int stars, String ruleSetId, String productGroup, String areaPath,
                      String decidingBody, String decisionNumber, LocalDate decisionDate, String revocationGround,
                      String productName, String productCode, String producerName, String supersededByNumber,
                      CertificateRecord dates) {
    }

    private final AgroalDataSource dataSource;

    public VerificationQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The certificate with this number, as stored now. */
    public Optional<Row> find(String number) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setString(1, number);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                CertificateRecord dates = new CertificateRecord(date(row, 10), date(row, 11),
                        Optional.ofNullable(date(row, 12)), Optional.ofNullable(date(row, 14)),
                        Optional.ofNullable(date(row, 15)), Optional.ofNullable(date(row, 16)));
                return Optional.of(new Row(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), date(row, 9),
                        row.getString(13), row.getString(17), row.getString(18), row.getString(19),
                        row.getString(20), dates));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("certificate verification failed", e);
        }
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
