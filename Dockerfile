# CareShop in a container: built from source with the Maven wrapper, run as a layered jar by a non-root user.
# No Docker engine runs on this repository's machines, so this file is written to Spring Boot's documented pattern
# but has not been built here (see README, "Containers").

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar bootstrap/target/careshop.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:25-jre
RUN groupadd --system careshop && useradd --system --gid careshop --uid 10001 careshop
WORKDIR /app
# Least to most often changed, so a rebuild after a code change reuses the dependency layers.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER careshop
# 8080: the API (and its health); 8081: the management port (metrics), for the monitoring network only.
EXPOSE 8080 8081
# Readiness, not health: a broker that is down must not mark the service unhealthy (it still takes orders).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness > /dev/null || exit 1
# The README's production launch ("Starting fast in production"): the bean definitions made at build time, on the
# JDK that runs them (both stages are JDK 25, so requests run on virtual threads), and its heap and allocator settings.
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=1000", "org.springframework.boot.loader.launch.JarLauncher"]
