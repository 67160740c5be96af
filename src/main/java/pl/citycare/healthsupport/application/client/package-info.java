/** Intake and client records of the First Psychological Aid Centres, for the centres' own psychologists. */
package pl.citycare.healthsupport.application.client;
