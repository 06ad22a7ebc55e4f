package org.campus.jooq;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.HexFormat;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;

/**
 * Binds short byte strings (hashes, keys, signatures) with setBytes/getBytes. jOOQ binds every byte[]
 * as a java.sql.Blob on H2 (so that values over H2's 1 MB VARBINARY limit work), which makes each
 * 32-byte hash a temporary large object: about ten times slower for the transparency log. The code
 * generator puts this binding on the log's and keys' columns (pom.xml); both H2 and PostgreSQL
 * (bytea) take setBytes.
 */
public final class BytesBinding implements Binding<byte[], byte[]> {

    private static final Converter<byte[], byte[]> IDENTITY = Converter.ofNullable(byte[].class, byte[].class, b -> b, b -> b);

    @Override
    public Converter<byte[], byte[]> converter() {
        return IDENTITY;
    }

    @Override
    public void sql(BindingSQLContext<byte[]> ctx) {
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().sql(ctx.value() == null ? "null" : "X'" + HexFormat.of().formatHex(ctx.value()) + "'");
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<byte[]> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.VARBINARY);
    }

    @Override
    public void set(BindingSetStatementContext<byte[]> ctx) throws SQLException {
        if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), Types.VARBINARY);
        } else {
            ctx.statement().setBytes(ctx.index(), ctx.value());
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<byte[]> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public void get(BindingGetResultSetContext<byte[]> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getBytes(ctx.index()));
    }

    @Override
    public void get(BindingGetStatementContext<byte[]> ctx) throws SQLException {
        ctx.value(ctx.statement().getBytes(ctx.index()));
    }

    @Override
    public void get(BindingGetSQLInputContext<byte[]> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }
}
