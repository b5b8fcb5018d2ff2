package vn.ocop.api.demo;

/** What one run of the demo data loader created; records already there are skipped, not counted. */
public record DemoSummary(int areas, int producers, int products, int certificates, int plans, int rounds) {

    public boolean createdNothing() {
        return areas + producers + products + certificates + plans + rounds == 0;
    }
}
