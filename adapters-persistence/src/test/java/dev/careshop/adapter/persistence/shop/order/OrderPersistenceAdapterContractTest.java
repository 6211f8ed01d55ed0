package dev.careshop.adapter.persistence.shop.order;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.OrderRepositoryContract;
import dev.careshop.application.contract.ShopRepositories;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryContractSlice
class OrderPersistenceAdapterContractTest extends OrderRepositoryContract {

    @Autowired
    OrderPersistenceAdapterContractTest(ShopRepositories shop) {
        super(shop);
    }
}
