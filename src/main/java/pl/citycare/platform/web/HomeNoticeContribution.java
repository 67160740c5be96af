package pl.citycare.platform.web;

import java.util.List;

/**
 * What a module puts at the top of the signed-in user's home page. Each context provides at most one CDI
 * bean implementing this; it decides by the user's roles what to show (and its services check again).
 */
public interface HomeNoticeContribution {

    /** The notices for the signed-in user now; empty when there is nothing to point out. */
    List<HomeNotice> notices();
}
