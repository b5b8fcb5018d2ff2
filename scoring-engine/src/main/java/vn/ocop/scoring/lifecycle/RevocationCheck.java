package vn.ocop.scoring.lifecycle;

import java.util.List;
import vn.ocop.scoring.process.Level;

/** Whether a level may revoke (thu hồi) a certificate of some stars, from {@link CertificateRules#checkRevocation}. */
public sealed interface RevocationCheck {

    boolean allowed();

    /** The level recognises that tier under the rule set, so it may revoke. */
    record Allowed(String ruleSetId) implements RevocationCheck {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /**
     * The level may not revoke.
     *
     * @param levelsThatMay the levels that recognise that tier under the rule set, in process order (empty for a tier
     *                      that is never certified)
     */
    record Refused(List<Level> levelsThatMay, String ruleSetId) implements RevocationCheck {
        public Refused {
            levelsThatMay = List.copyOf(levelsThatMay);
        }

        @Override
        public boolean allowed() {
            return false;
        }
    }
}
