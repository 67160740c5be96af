/** The hotline's duty roster: the coordinator plans shifts and sees hours without cover; psychologists see theirs. */
package pl.citycare.healthsupport.application.roster;
