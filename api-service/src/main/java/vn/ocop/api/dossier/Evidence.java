package vn.ocop.api.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One piece of evidence attached to a dossier (minh chứng): what it is and which file, by hash and size. */
@Embeddable
public class Evidence {

    @Column(nullable = false)
    public String type;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    public Evidence() {
    }

    public Evidence(String type, String fileName, String sha256, long sizeBytes) {
        this.type = type;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
    }
}
