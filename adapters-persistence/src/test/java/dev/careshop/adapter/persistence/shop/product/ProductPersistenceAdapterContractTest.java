package dev.careshop.adapter.persistence.shop.product;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.ProductRepositoryContract;
import dev.careshop.application.contract.ShopRepositories;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryContractSlice
class ProductPersistenceAdapterContractTest extends ProductRepositoryContract {

    @Autowired
    ProductPersistenceAdapterContractTest(ShopRepositories shop) {
        super(shop);
    }
}
