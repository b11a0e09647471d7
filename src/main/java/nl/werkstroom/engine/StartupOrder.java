package nl.werkstroom.engine;

/**
 * The order in which start-up work runs: the organisation (tenants, groups, authorizations) before
 * the demo users that join it, and both before the models are deployed.
 */
public final class StartupOrder {

  public static final int ORGANISATION = 10;
  public static final int ADMIN_ACCOUNT = 20;
  public static final int DEMO_ORGANISATION = 30;
  public static final int DEPLOY_MODELS = 40;

  private StartupOrder() {
  }
}
