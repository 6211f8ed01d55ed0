-- The shop: user accounts with their posts, the catalog (categories, products with stock), and orders with their
-- lines and payment attempts. As in V1, rules the domain checks are repeated here as the last line of defence, and
-- every constraint has a name because the persistence adapters translate violations by name.

-- Users ------------------------------------------------------------------------------------------------------------

CREATE TABLE users (
    id             uuid          PRIMARY KEY,
    username       varchar(50)   NOT NULL CONSTRAINT ck_users_username CHECK (username ~ '^[A-Za-z0-9_.-]{3,50}$'),
    -- Stored lower-case, so equality is case-insensitive; the unique index below still says so explicitly.
    email          varchar(254)  NOT NULL CONSTRAINT ck_users_email_lower_case CHECK (email = lower(email)),
    full_name      varchar(100),
    -- A bcrypt/argon2 hash in its self-describing string form; the password itself is never stored.
    password_hash  varchar(255)  NOT NULL,
    role           varchar(8)    NOT NULL CONSTRAINT ck_users_role CHECK (role IN ('CUSTOMER', 'STAFF', 'ADMIN')),
    active         boolean       NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL
);

CREATE UNIQUE INDEX uq_users_username ON users (lower(username));
CREATE UNIQUE INDEX uq_users_email ON users (lower(email));
-- The q filter is "username, email or full name contains", case-insensitive: one trigram index per column lets
-- PostgreSQL combine them with a bitmap OR.
CREATE INDEX ix_users_username_trgm ON users USING gin (lower(username) gin_trgm_ops);
CREATE INDEX ix_users_email_trgm ON users USING gin (lower(email) gin_trgm_ops);
CREATE INDEX ix_users_full_name_trgm ON users USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX ix_users_active ON users (active);
CREATE INDEX ix_users_created_at ON users (created_at);
-- One index per whitelisted sort field, so a sorted first page of a large user base is an index scan, not a sort.
CREATE INDEX ix_users_username ON users (username);
CREATE INDEX ix_users_email ON users (email);
CREATE INDEX ix_users_full_name ON users (full_name);
CREATE INDEX ix_users_updated_at ON users (updated_at);

CREATE TABLE posts (
    id          uuid           PRIMARY KEY,
    user_id     uuid           NOT NULL CONSTRAINT fk_posts_user REFERENCES users (id) ON DELETE CASCADE,
    title       varchar(200)   NOT NULL CONSTRAINT ck_posts_title CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    body        varchar(10000),
    created_at  timestamptz    NOT NULL
);

CREATE INDEX ix_posts_user_created ON posts (user_id, created_at DESC);

-- Catalog ----------------------------------------------------------------------------------------------------------

CREATE TABLE categories (
    id           uuid           PRIMARY KEY,
    name         varchar(100)   NOT NULL CONSTRAINT ck_categories_name CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    description  varchar(1000),
    created_at   timestamptz    NOT NULL,
    updated_at   timestamptz    NOT NULL,
    version      bigint         NOT NULL
);

CREATE UNIQUE INDEX uq_categories_name ON categories (lower(name));
-- The list sorts by name (as written) or creation.
CREATE INDEX ix_categories_name ON categories (name);
CREATE INDEX ix_categories_created_at ON categories (created_at);

CREATE TABLE products (
    id              uuid           PRIMARY KEY,
    name            varchar(200)   NOT NULL CONSTRAINT ck_products_name CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    description     varchar(5000),
    -- numeric(10,2) holds at most 99,999,999.99: the SPEC's "< 100,000,000 with at most 2 decimals".
    price           numeric(10, 2) NOT NULL CONSTRAINT ck_products_price_not_negative CHECK (price >= 0),
    stock_quantity  integer        NOT NULL CONSTRAINT ck_products_stock_not_negative CHECK (stock_quantity >= 0),
    category_id     uuid           CONSTRAINT fk_products_category REFERENCES categories (id) ON DELETE RESTRICT,
    active          boolean        NOT NULL,
    created_at      timestamptz    NOT NULL,
    updated_at      timestamptz    NOT NULL,
    version         bigint         NOT NULL
);

CREATE INDEX ix_products_name_trgm ON products USING gin (lower(name) gin_trgm_ops);
CREATE INDEX ix_products_category ON products (category_id);
CREATE INDEX ix_products_price ON products (price);
-- inStock=true skips sold-out products: a partial index over the rows it keeps.
CREATE INDEX ix_products_in_stock ON products (price) WHERE stock_quantity > 0;
-- The list's sort keys (name is the default order): a page is read in index order instead of sorting the whole table.
CREATE INDEX ix_products_name ON products (name);
CREATE INDEX ix_products_created_at ON products (created_at);
CREATE INDEX ix_products_stock_quantity ON products (stock_quantity);

-- Orders -----------------------------------------------------------------------------------------------------------

CREATE TABLE orders (
    id                    uuid            PRIMARY KEY,
    -- Orders are financial records: a user who has any cannot be deleted, only deactivated.
    user_id               uuid            NOT NULL CONSTRAINT fk_orders_user REFERENCES users (id) ON DELETE RESTRICT,
    status                varchar(10)     NOT NULL CONSTRAINT ck_orders_status
                                          CHECK (status IN ('PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    -- Up to 100 lines of up to 1,000 units at up to 99,999,999.99 each: 15 digits are enough for any order.
    total_amount          numeric(15, 2)  NOT NULL CONSTRAINT ck_orders_total_not_negative CHECK (total_amount >= 0),
    shipping_line1        varchar(200)    NOT NULL,
    shipping_line2        varchar(200),
    shipping_city         varchar(100)    NOT NULL,
    shipping_postal_code  varchar(20)     NOT NULL,
    shipping_country      char(2)         NOT NULL CONSTRAINT ck_orders_shipping_country CHECK (shipping_country ~ '^[A-Z]{2}$'),
    notes                 varchar(1000),
    tags                  text[]          NOT NULL DEFAULT '{}' CONSTRAINT ck_orders_tags CHECK (cardinality(tags) <= 10),
    metadata              jsonb           NOT NULL DEFAULT '{}'
                                          CONSTRAINT ck_orders_metadata_object CHECK (jsonb_typeof(metadata) = 'object')
                                          -- The API allows 16 KB of compact JSON; jsonb's text form adds a space after
                                          -- every ':' and ',', which can nearly double it, so the last line allows 32 KB.
                                          CONSTRAINT ck_orders_metadata_size CHECK (octet_length(metadata::text) <= 32768),
    created_at            timestamptz     NOT NULL,
    updated_at            timestamptz     NOT NULL,
    version               bigint          NOT NULL
);

-- A user's history, newest first (id breaks ties between orders placed in the same microsecond).
CREATE INDEX ix_orders_user_created ON orders (user_id, created_at DESC, id DESC);
CREATE INDEX ix_orders_status_created ON orders (status, created_at DESC);
CREATE INDEX ix_orders_created_at ON orders (created_at DESC);
-- The other whitelisted sort fields (status is served by ix_orders_status_created).
CREATE INDEX ix_orders_total_amount ON orders (total_amount);
CREATE INDEX ix_orders_updated_at ON orders (updated_at);

CREATE TABLE order_lines (
    id            uuid            PRIMARY KEY,
    order_id      uuid            NOT NULL CONSTRAINT fk_order_lines_order REFERENCES orders (id) ON DELETE CASCADE,
    -- The position of the line as the customer listed it (after merging lines for the same product).
    line_number   smallint        NOT NULL CONSTRAINT ck_order_lines_line_number CHECK (line_number BETWEEN 1 AND 100),
    -- Products are only ever soft-deleted, so RESTRICT never bites in normal operation; it keeps history intact.
    product_id    uuid            NOT NULL CONSTRAINT fk_order_lines_product REFERENCES products (id) ON DELETE RESTRICT,
    -- Name and price as they were when the order was placed.
    product_name  varchar(200)    NOT NULL,
    unit_price    numeric(10, 2)  NOT NULL CONSTRAINT ck_order_lines_unit_price_not_negative CHECK (unit_price >= 0),
    quantity      integer         NOT NULL CONSTRAINT ck_order_lines_quantity CHECK (quantity BETWEEN 1 AND 1000),
    line_total    numeric(15, 2)  NOT NULL,
    CONSTRAINT ck_order_lines_line_total CHECK (line_total = unit_price * quantity),
    -- Lines for one product are merged, so an order names each product once.
    CONSTRAINT uq_order_lines_order_product UNIQUE (order_id, product_id),
    CONSTRAINT uq_order_lines_order_line_number UNIQUE (order_id, line_number)
);

-- uq_order_lines_order_product serves look-ups by order; this one serves sales by product.
CREATE INDEX ix_order_lines_product ON order_lines (product_id);

CREATE TABLE payments (
    id                 uuid            PRIMARY KEY,
    order_id           uuid            NOT NULL CONSTRAINT fk_payments_order REFERENCES orders (id) ON DELETE CASCADE,
    method             varchar(13)     NOT NULL CONSTRAINT ck_payments_method CHECK (method IN ('CARD', 'PAYPAL', 'BANK_TRANSFER')),
    amount             numeric(15, 2)  NOT NULL CONSTRAINT ck_payments_amount_not_negative CHECK (amount >= 0),
    status             varchar(9)      NOT NULL CONSTRAINT ck_payments_status CHECK (status IN ('COMPLETED', 'FAILED', 'REFUNDED')),
    -- What the gateway answered: its reference for an approved payment, its reason for a declined one.
    gateway_reference  varchar(100),
    failure_reason     varchar(200),
    created_at         timestamptz     NOT NULL,
    updated_at         timestamptz     NOT NULL
);

-- Declined attempts are kept, but an order is paid at most once: a refunded payment was a successful one too.
CREATE UNIQUE INDEX uq_payments_one_successful_per_order ON payments (order_id) WHERE status <> 'FAILED';
CREATE INDEX ix_payments_order_created ON payments (order_id, created_at);
