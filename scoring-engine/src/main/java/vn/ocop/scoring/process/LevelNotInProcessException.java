package vn.ocop.scoring.process;

/** The level does not score products under this process (e.g. a district after 1 Jul 2025). */
public class LevelNotInProcessException extends RuntimeException {

    public LevelNotInProcessException(String message) {
        super(message);
    }
}
