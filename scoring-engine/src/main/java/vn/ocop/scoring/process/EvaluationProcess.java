package vn.ocop.scoring.process;

import vn.ocop.scoring.rating.Average;

/**
 * Quy trình đánh giá — who evaluates and who recognises under each rule set
 * (domain README "How a score is computed", step 6).
 */
public enum EvaluationProcess {

    /** 1048/QĐ-TTg (2019): district → province → centre; province recognises 3★–4★, centre 5★. */
    DISTRICT_PROVINCE_CENTRE_1048 {
        @Override
        public NextStep nextStep(Level level, Average average, int stars) {
            switch (level) {
                case DISTRICT:
                    return average.atLeast(50)
                            ? new NextStep(Action.SEND_UP, null, Level.PROVINCE, 0, "average >= 50: the district sends the product to the province")
                            : notRecognised("average below 50: the district does not send the product on");
                case PROVINCE:
                    return provinceStep(average, stars);
                case CENTRE:
                    return centreStep(stars);
                default:
                    throw notInProcess(this, level);
            }
        }
    },

    /** 148/QĐ-TTg (2023): district recognises 3★, province 4★, centre 5★. */
    DISTRICT_PROVINCE_CENTRE_148 {
        @Override
        public NextStep nextStep(Level level, Average average, int stars) {
            switch (level) {
                case DISTRICT:
                    if (average.atLeast(70)) {
                        return new NextStep(Action.SEND_UP, null, Level.PROVINCE, 0, "average >= 70: the district sends the product to the province");
                    }
                    return stars >= 3
                            ? new NextStep(Action.RECOGNISE, Level.DISTRICT, null, 3, "3★ reached: the district recognises 3★")
                            : notRecognised("below 3★ (" + stars + "★): not recognised");
                case PROVINCE:
                    return provinceStep(average, stars);
                case CENTRE:
                    return centreStep(stars);
                default:
                    throw notInProcess(this, level);
            }
        }
    },

    /** 148 as amended by 1489/QĐ-TTg (2025), and 26/2026/QĐ-TTg: commune forwards, province recognises 3★–4★, centre 5★. */
    COMMUNE_PROVINCE_CENTRE {
        @Override
        public NextStep nextStep(Level level, Average average, int stars) {
            switch (level) {
                case COMMUNE:
                    return new NextStep(Action.FORWARD, null, Level.PROVINCE, 0,
                            "the commune assesses its dossier items (no stars) and forwards the dossier to the province");
                case PROVINCE:
                    return provinceStep(average, stars);
                case CENTRE:
                    return centreStep(stars);
                default:
                    throw notInProcess(this, level);
            }
        }
    };

    /**
     * The next step after {@code level} scored a product with this council average and star tier.
     *
     * @throws LevelNotInProcessException when the level does not evaluate under this process
     */
    public abstract NextStep nextStep(Level level, Average average, int stars);

    static NextStep provinceStep(Average average, int stars) {
        if (average.atLeast(90)) {
            return new NextStep(Action.SEND_UP, null, Level.CENTRE, 0, "average >= 90: the province sends the product to the centre for 5★");
        }
        if (stars >= 3) {
            return new NextStep(Action.RECOGNISE, Level.PROVINCE, null, Math.min(stars, 4), "the province recognises " + Math.min(stars, 4) + "★");
        }
        return notRecognised("below 3★ (" + stars + "★): not recognised");
    }

    static NextStep centreStep(int stars) {
        if (stars == 5) {
            return new NextStep(Action.RECOGNISE, Level.CENTRE, null, 5, "5★ reached: the centre recognises 5★");
        }
        if (stars >= 3) {
            return new NextStep(Action.RETURN_TO_PROVINCE, Level.PROVINCE, Level.PROVINCE, stars,
                    "5★ not reached: returned to the province, which may recognise " + stars + "★ on this result");
        }
        return new NextStep(Action.RETURN_TO_PROVINCE, null, Level.PROVINCE, 0,
                "5★ not reached and below 3★ (" + stars + "★): returned to the province, not recognisable on this result");
    }

    static NextStep notRecognised(String reason) {
        return new NextStep(Action.NOT_RECOGNISED, null, null, 0, reason);
    }

    static LevelNotInProcessException notInProcess(EvaluationProcess process, Level level) {
        return new LevelNotInProcessException("level " + level + " does not score products under process " + process);
    }
}
