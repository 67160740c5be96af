/** Grafik dyżurów: the hotline's opening hours and its psychologists' shifts. */
package pl.citycare.healthsupport.domain.roster;
