/** Demo data: the switch every context's demo set follows, and the platform's demo users. */
package pl.citycare.platform.demo;
