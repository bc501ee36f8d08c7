-- CreateTable
CREATE TABLE "users" (
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "metadata" JSONB NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "account_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subtype" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "official_name" TEXT,
    "mask" TEXT NOT NULL,
    "current_balance" DOUBLE PRECISION NOT NULL,
    "available_balance" DOUBLE PRECISION,
    "credit_limit" DOUBLE PRECISION,
    "iso_currency_code" TEXT NOT NULL,
    "opening_balance" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "transactions" (
    "transaction_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "authorized_date" TEXT,
    "amount" DOUBLE PRECISION NOT NULL,
    "iso_currency_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "merchant_name" TEXT,
    "payment_channel" TEXT NOT NULL,
    "pfc_primary" TEXT NOT NULL,
    "pfc_detailed" TEXT NOT NULL,
    "pfc_confidence_level" TEXT NOT NULL,
    "pending" BOOLEAN NOT NULL,
    "location_address" TEXT,
    "location_city" TEXT,
    "location_region" TEXT,
    "location_postal_code" TEXT,
    "location_country" TEXT,
    "location_lat" DOUBLE PRECISION,
    "location_lon" DOUBLE PRECISION,
    "location_store_number" TEXT,
    "transfer_id" TEXT,
    "stream_id" TEXT,

    CONSTRAINT "transactions_pkey" PRIMARY KEY ("transaction_id")
);

-- CreateTable
CREATE TABLE "liabilities" (
    "liability_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "apr_percentage" DOUBLE PRECISION,
    "apr_type" TEXT,
    "interest_rate_percentage" DOUBLE PRECISION,
    "minimum_payment_amount" DOUBLE PRECISION NOT NULL,
    "last_payment_amount" DOUBLE PRECISION,
    "last_payment_date" TEXT,
    "last_statement_balance" DOUBLE PRECISION,
    "next_payment_due_date" TEXT,
    "is_overdue" BOOLEAN NOT NULL,

    CONSTRAINT "liabilities_pkey" PRIMARY KEY ("liability_id")
);

-- CreateTable
CREATE TABLE "recurring_streams" (
    "stream_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "merchant_name" TEXT,
    "frequency" TEXT NOT NULL,
    "first_date" TEXT NOT NULL,
    "last_date" TEXT NOT NULL,
    "average_amount" DOUBLE PRECISION NOT NULL,
    "last_amount" DOUBLE PRECISION NOT NULL,
    "iso_currency_code" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "pfc_primary" TEXT NOT NULL,
    "pfc_detailed" TEXT NOT NULL,
    "pfc_confidence_level" TEXT NOT NULL,
    "transaction_ids" JSONB NOT NULL,

    CONSTRAINT "recurring_streams_pkey" PRIMARY KEY ("stream_id")
);

-- CreateTable
CREATE TABLE "life_events" (
    "life_event_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "transaction_ids" JSONB NOT NULL,

    CONSTRAINT "life_events_pkey" PRIMARY KEY ("life_event_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE INDEX "transactions_user_id_date_idx" ON "transactions"("user_id", "date");

-- CreateIndex
CREATE INDEX "transactions_account_id_idx" ON "transactions"("account_id");

-- CreateIndex
CREATE INDEX "transactions_stream_id_idx" ON "transactions"("stream_id");

-- CreateIndex
CREATE INDEX "liabilities_user_id_idx" ON "liabilities"("user_id");

-- CreateIndex
CREATE INDEX "liabilities_account_id_idx" ON "liabilities"("account_id");

-- CreateIndex
CREATE INDEX "recurring_streams_user_id_idx" ON "recurring_streams"("user_id");

-- CreateIndex
CREATE INDEX "recurring_streams_account_id_idx" ON "recurring_streams"("account_id");

-- CreateIndex
CREATE INDEX "life_events_user_id_idx" ON "life_events"("user_id");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("user_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("user_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liabilities" ADD CONSTRAINT "liabilities_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liabilities" ADD CONSTRAINT "liabilities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("user_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recurring_streams" ADD CONSTRAINT "recurring_streams_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recurring_streams" ADD CONSTRAINT "recurring_streams_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("user_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "life_events" ADD CONSTRAINT "life_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("user_id") ON DELETE RESTRICT ON UPDATE CASCADE;

