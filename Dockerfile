# CityCare on the official Payara Micro image (Jakarta EE 10, JDK 17).
# Build the WAR first:   ./mvnw -B package -DskipTests
# Then:                  docker build -t citycare .
# Run against PostgreSQL (see README "Docker"):
#   docker run -p 8080:8080 \
#     -e CITYCARE_DB_URL=jdbc:postgresql://db:5432/citycare \
#     -e CITYCARE_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
#     -e CITYCARE_DB_USER=citycare -e CITYCARE_DB_PASSWORD=... citycare
FROM payara/micro:6.2025.10-jdk17

COPY --chown=payara:payara server-config/ /opt/payara/config/
COPY --chown=payara:payara target/citycare.war /opt/payara/deployments/citycare.war

# Without CITYCARE_DB_URL the app uses an H2 file in the container (./data under the working directory):
# fine to try it out, lost with the container. Production always sets the CITYCARE_DB_* variables.
ENV CITYCARE_DEMO_DATA=false

EXPOSE 8080
# The data grid, when nodes run clustered (CITYCARE_CLUSTER_MODE; docs/deployment.md).
EXPOSE 6900
# Readiness for the orchestrator: GET /health/ready (UP only while the database answers).

# One node alone, or one member of a cluster when CITYCARE_CLUSTER_MODE names the grid (server-config/start-node.sh).
ENTRYPOINT ["/bin/sh", "/opt/payara/config/start-node.sh"]
