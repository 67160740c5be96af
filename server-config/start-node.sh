#!/bin/sh
# Starts one CityCare node on Payara Micro (the Docker image's entry point; docs/deployment.md).
# Without CITYCARE_CLUSTER_MODE the node runs alone (--nocluster). With it, the node joins the data grid it names:
#   tcpip:10.0.0.11:6900[,10.0.0.12:6900]   a member list
#   dns:citycare-grid.citycare.svc.cluster.local:6900   members from DNS (a Kubernetes headless service)
# CITYCARE_CLUSTER_NAME (default citycare), CITYCARE_NODE_NAME (default the host name) and
# CITYCARE_CLUSTER_PUBLIC_ADDRESS (behind NAT) refine it; CITYCARE_PAYARA_OPTIONS adds any other Payara Micro
# options (the failover test: --interfaces 127.0.0.1 --nohostaware, two nodes on one machine).
set -eu
CONFIG="${CITYCARE_SERVER_CONFIG:-/opt/payara/config}"
WAR="${CITYCARE_WAR:-/opt/payara/deployments/citycare.war}"
MICRO="${PAYARA_MICRO_JAR:-/opt/payara/payara-micro.jar}"

PREBOOT="$CONFIG/pre-boot-commands.asadmin"
if [ -z "${CITYCARE_CLUSTER_MODE:-}" ]; then
    # A node alone keeps its sessions in memory: with nobody to hand them to, the session store would only
    # serialise every session after each request and read it back before the next (a third of the CPU under the
    # list-page benchmark, docs/benchmarks.md).
    PREBOOT="$(mktemp)"
    cat "$CONFIG/pre-boot-commands.asadmin" > "$PREBOOT"
    echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false" >> "$PREBOOT"
fi
set -- --port "${CITYCARE_PORT:-8080}" --contextroot / \
    --prebootcommandfile "$PREBOOT" --logproperties "$CONFIG/logging.properties"
if [ -n "${CITYCARE_CLUSTER_MODE:-}" ]; then
    set -- "$@" --clustermode "$CITYCARE_CLUSTER_MODE" --clustername "${CITYCARE_CLUSTER_NAME:-citycare}" \
        --name "${CITYCARE_NODE_NAME:-$(hostname)}" --startport "${CITYCARE_CLUSTER_PORT:-6900}"
    if [ -n "${CITYCARE_CLUSTER_PUBLIC_ADDRESS:-}" ]; then
        set -- "$@" --hzpublicaddress "$CITYCARE_CLUSTER_PUBLIC_ADDRESS"
    fi
else
    set -- "$@" --nocluster
fi
# shellcheck disable=SC2086 # options are words on purpose
exec java ${JAVA_OPTS:--XX:MaxRAMPercentage=75} -jar "$MICRO" "$@" ${CITYCARE_PAYARA_OPTIONS:-} --deploy "$WAR"
