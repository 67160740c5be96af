/** Health support's demo data (the four centres), loaded by the start-up sequence when demo data is on. */
package pl.citycare.healthsupport.demo;
