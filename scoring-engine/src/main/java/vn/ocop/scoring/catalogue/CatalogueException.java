package vn.ocop.scoring.catalogue;

/** The catalogue files are broken (duplicate codes, options above their criterion's maximum, ...). */
public class CatalogueException extends RuntimeException {

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
