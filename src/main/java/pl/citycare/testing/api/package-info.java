/** Testing's REST API for laboratories' systems (authenticated by a lab's API key). */
package pl.citycare.testing.api;
