# Builds and runs Plenary; used by docker-compose.yml (two replicas behind nginx).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system plenary
COPY --from=build /src/target/plenary-*.jar /app/plenary.jar
USER plenary
EXPOSE 8080
# UTC inside whatever the host says; the process's time zone for "today" is PLENARY_TIME_ZONE. The jar carries no
# embedded PostgreSQL: SPRING_DATASOURCE_URL names the database.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Duser.timezone=UTC"
ENTRYPOINT ["java", "-jar", "/app/plenary.jar"]
